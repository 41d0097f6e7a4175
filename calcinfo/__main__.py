from calcinfo.launch import main

main()
